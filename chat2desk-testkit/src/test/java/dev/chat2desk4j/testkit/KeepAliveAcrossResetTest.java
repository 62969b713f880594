package dev.chat2desk4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat2desk4j.api.Chat2Desk;
import dev.chat2desk4j.feign.FeignChat2Desk;
import dev.chat2desk4j.feign.HttpClientChoice;
import dev.chat2desk4j.mock.Chat2DeskMockServer;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeepAliveAcrossResetTest {

  @RegisterExtension static Chat2DeskMockExtension mock = Chat2DeskMockExtension.create();

  @Test
  void reset_injectedClient_keepsWorking(Chat2DeskMockServer server, Chat2Desk chat2desk) {
    long client = seedClient(server);
    chat2desk.sendMessage(client, "before the reset");

    server.reset();
    long again = seedClient(server);

    assertThat(chat2desk.sendMessage(again, "after the reset").id()).isEqualTo(1);
    assertThat(chat2desk.listMessages(again).total()).hasValue(1);
  }

  @Test
  void reset_pooledConnection_isReusedAfterwards(Chat2DeskMockServer server) {
    AtomicInteger connects = new AtomicInteger();
    OkHttpClient okHttp =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                    connects.incrementAndGet();
                  }
                })
            .build();
    try (FeignChat2Desk chat2desk =
        FeignChat2Desk.builder()
            .token(Chat2DeskMockExtension.DEFAULT_TOKEN)
            .baseUrl(server.baseUrl())
            .httpClient(HttpClientChoice.of(new feign.okhttp.OkHttpClient(okHttp)))
            .build()) {
      chat2desk.listClients();

      server.reset();
      chat2desk.listClients();
      chat2desk.listTransfers();

      assertThat(connects).hasValue(1);
    } finally {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  private static long seedClient(Chat2DeskMockServer server) {
    return server
        .state()
        .account(Chat2DeskMockExtension.DEFAULT_TOKEN)
        .createClient("Anna", "79001234567")
        .id();
  }
}
