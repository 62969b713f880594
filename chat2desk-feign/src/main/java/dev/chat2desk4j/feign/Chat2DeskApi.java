package dev.chat2desk4j.feign;

import feign.Headers;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The wire paths of the four operations (see the wire format). Method names equal {@link
 * dev.chat2desk4j.api.Operation#methodName()}, which is how answers are matched to operations.
 */
interface Chat2DeskApi {

  @RequestLine("POST /v1/messages")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.Sent> sendMessage(Wire.SendBody body);

  @RequestLine("GET /v1/messages")
  Wire.ListOf<Wire.MessageJson> listMessages(@QueryMap Map<String, Object> query);

  @RequestLine("GET /v1/clients")
  Wire.ListOf<Wire.ClientJson> listClients(@QueryMap Map<String, Object> query);

  @RequestLine("GET /v1/transfers")
  Wire.ListOf<Wire.TransferJson> listTransfers(@QueryMap Map<String, Object> query);
}
