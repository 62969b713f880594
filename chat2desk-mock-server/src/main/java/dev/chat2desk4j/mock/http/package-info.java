/**
 * The fake's API over HTTP: {@link dev.chat2desk4j.mock.http.ApiRouteTable} (one row per route:
 * operation, method, path, parse, invoke, render), the one pipeline every API request runs through
 * ({@link dev.chat2desk4j.mock.http.ApiHttp}: parameters parsed once, the fault stage, the
 * journal), the JSON it writes and {@link dev.chat2desk4j.mock.http.WireErrors}, the one mapping
 * from a refusal to the API's status and error envelope.
 *
 * <p>Not API: the public types here serve the module's other packages and the testkit (through
 * {@code dev.chat2desk4j.mock.internal}) and may change in any release.
 *
 * <p>Nullness: parameters and return values are non-null unless the Javadoc says "or null".
 * Thread-safety: the table, the routes and the pipeline are stateless or thread-safe; {@code
 * Params} belongs to one request.
 */
package dev.chat2desk4j.mock.http;
