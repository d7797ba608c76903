/** An HTTP/1.1 request as a client sent it, before any load balancer touched it. */
export interface HttpRequest {
  /** Method as sent, for example `GET`. */
  method: string;
  /** Request target as sent: origin-form `/a?b` or absolute-form `http://host/a?b`. */
  target: string;
  /** Path part of the target, as sent (not percent-decoded). */
  path: string;
  /** Query string after the first `?`, as sent (not decoded); `''` when absent. */
  rawQuery: string;
  /** Protocol version from the request line, for example `HTTP/1.1`. */
  httpVersion: string;
  /** Header fields in the order sent, names with their original casing. */
  headers: [name: string, value: string][];
  /**
   * Names of header fields whose value was not valid UTF-8, so their value in
   * `headers` contains U+FFFD. Only a request parsed from bytes can have them.
   */
  nonUtf8Headers?: string[];
  /** Host from the absolute-form target, else from the Host header. */
  host?: string;
  /** Body bytes after any chunked transfer coding is removed. */
  body: Uint8Array;
  /** The request line as sent, without its line break. */
  requestLine: string;
}

/** Returns every value of a header, matching its name case-insensitively. */
export function headerValues(request: HttpRequest, name: string): string[] {
  const wanted = name.toLowerCase();

  return request.headers
    .filter(([headerName]) => headerName.toLowerCase() === wanted)
    .map(([, value]) => value);
}

/** Returns the last value of a header, or undefined when absent. */
export function headerValue(
  request: HttpRequest,
  name: string,
): string | undefined {
  return headerValues(request, name).at(-1);
}
