package com.example.consumer;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.api.SentMessage;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.resilience.ResilientChat2Desk;
import java.net.URI;

/** A consumer's own service: the HTTP client wrapped in the resilience decorator. */
public final class Notifier implements AutoCloseable {

  private final Chat2Desk chat2desk;

  private Notifier(Chat2Desk chat2desk) {
    this.chat2desk = chat2desk;
  }

  /** Connects to the Chat2Desk API at {@code baseUrl} with {@code token}. */
  public static Notifier connect(URI baseUrl, String token) {
    Chat2Desk http = FeignChat2Desk.builder().token(token).baseUrl(baseUrl).build();
    return new Notifier(ResilientChat2Desk.wrap(http).build());
  }

  /** Sends {@code text} to the client {@code clientId}. */
  public SentMessage notify(long clientId, String text) {
    return chat2desk.sendMessage(clientId, text);
  }

  @Override
  public void close() {
    chat2desk.close();
  }
}
