package dev.chat2desk4j.feign;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The client's one record of the wire: one method per {@link dev.chat2desk4j.api.Operation}, named
 * as its {@link dev.chat2desk4j.api.Operation#methodName()}, whose annotations alone say the HTTP
 * method, the path and the parameter names. {@link FeignRoutes} binds each method to its operation
 * by that name and reads method and path from Feign's parse of these annotations, never from a
 * copy.
 */
interface Chat2DeskApi {

  @RequestLine("POST /v1/messages")
  @Headers("Content-Type: application/json")
  Wire.Item<Wire.Sent> sendMessage(Wire.SendBody body);

  @RequestLine("GET /v1/messages")
  Wire.ListOf<Wire.MessageJson> listMessages(@QueryMap Map<String, Object> query);

  @RequestLine("GET /v1/clients")
  Wire.ListOf<Wire.ClientJson> listClients(@QueryMap Map<String, Object> query);

  @RequestLine("GET /v1/clients/{id}")
  Wire.Item<Wire.ClientJson> getClient(@Param("id") long id);

  @RequestLine("GET /v1/transfers")
  Wire.ListOf<Wire.TransferJson> listTransfers(@QueryMap Map<String, Object> query);
}
