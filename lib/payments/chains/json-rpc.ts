import "server-only";
import { fetchJson, ProviderError } from "./http-json";

type RpcAnswer = { jsonrpc?: string; id?: number; result?: unknown; error?: { code: number; message: string } };
export type RpcCall = { method: string; params: unknown[] };

/**
 * Ethereum JSON-RPC 2.0 over HTTP with batches: many reads in one round trip. An error
 * answer for the whole request throws; per-call errors come back as `undefined` results
 * only from `batchOrUndefined`, for reads that may fail alone (an old block's state).
 */
export class JsonRpc {
  private nextId = 1;
  constructor(private readonly url: string) {}

  async call<T>(method: string, params: unknown[]): Promise<T> {
    const [result] = await this.batch<T>([{ method, params }]);
    return result!;
  }

  async batch<T>(calls: RpcCall[]): Promise<T[]> {
    const answers = await this.send(calls);
    return answers.map((answer) => {
      if (answer.error) throw new ProviderError(`JSON-RPC error ${answer.error.code}: ${answer.error.message}`);
      return answer.result as T;
    });
  }

  async batchOrUndefined<T>(calls: RpcCall[]): Promise<(T | undefined)[]> {
    return (await this.send(calls)).map((answer) => (answer.error ? undefined : (answer.result as T)));
  }

  private async send(calls: RpcCall[]): Promise<RpcAnswer[]> {
    if (!calls.length) return [];
    const first = this.nextId;
    this.nextId += calls.length;
    const body = calls.map((call, i) => ({ jsonrpc: "2.0", id: first + i, method: call.method, params: call.params }));
    const answer = await fetchJson(this.url, { body: calls.length === 1 ? body[0] : body, timeoutMs: 15_000 });
    const answers = (Array.isArray(answer) ? answer : [answer]) as RpcAnswer[];
    // Batch answers may come in any order: put them back by id.
    const byId = new Map(answers.map((entry) => [entry.id, entry]));
    return body.map((request) => {
      const entry = byId.get(request.id);
      if (!entry) throw new ProviderError(`JSON-RPC answer without id ${request.id}`);
      return entry;
    });
  }
}

export const toHex = (n: bigint | number) => `0x${n.toString(16)}`;
export const fromHex = (hex: string) => BigInt(hex);
