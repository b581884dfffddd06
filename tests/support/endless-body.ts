// A request whose chunked body passes `bytes` and then never ends: how a client that leaves
// out Content-Length looks to a server that waits for the whole body before answering.
import { connect } from "node:net";

/** The answer's status line (and what came with it), or "no answer" after `waitMs`. */
export function postEndlessBody(url: URL, contentType: string, bytes = 20_000, waitMs = 5_000): Promise<string> {
  return new Promise<string>((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write(
        `POST ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: ${contentType}\r\nTransfer-Encoding: chunked\r\n\r\n`,
      );
      const chunk = "x".repeat(bytes);
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    });
    let received = "";
    const done = (answer: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    socket.on("data", (data) => {
      received += data;
      // The head and, when it is small, the body that came with it.
      if (received.includes("\r\n\r\n")) setTimeout(() => done(received), 100);
    });
    socket.on("error", () => undefined);
    const timer = setTimeout(() => done(`no answer within ${waitMs} ms`), waitMs);
  });
}
