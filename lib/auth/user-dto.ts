import { fenToYuan, formatDecimal } from "../money";

/** Contract: {id, email, balance (CNY number), balance_crypto (USDT)}. */
export function userDto(user: { id: string; email: string; balanceFen: bigint; balanceUsdtMicro: bigint }) {
  return {
    id: user.id,
    email: user.email,
    balance: fenToYuan(user.balanceFen),
    balance_crypto: Number(formatDecimal(user.balanceUsdtMicro, 6)),
  };
}
