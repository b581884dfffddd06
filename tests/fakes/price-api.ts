// A fake Binance-compatible price API: `GET /api/v3/ticker/price?symbol=BTCUSDT` answers
// `{"symbol":"BTCUSDT","price":"67012.34000000"}`; an unknown symbol is 400 with Binance's
// error body.
import { FakeServer, type FakeAnswer, type FakeRequest } from "./fake-server";

export class FakePriceApi extends FakeServer {
  /** USDT prices by symbol, as decimal strings (Binance prints 8 decimals). */
  readonly prices = new Map<string, string>();

  constructor() {
    super((request) => this.answer(request));
  }

  private answer(request: FakeRequest): FakeAnswer {
    if (request.method !== "GET" || request.url.pathname !== "/api/v3/ticker/price")
      return { status: 404, body: { code: -1, msg: "Not found" } };
    const symbol = request.url.searchParams.get("symbol") ?? "";
    const price = this.prices.get(symbol);
    if (!price) return { status: 400, body: { code: -1121, msg: "Invalid symbol." } };
    return { status: 200, body: { symbol, price: Number(price).toFixed(8) } };
  }
}
