/** Discord's epoch: snowflake ids count milliseconds from the start of 2015. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * When a Discord id (an interaction's, which an answer's buttons carry) was made; null for anything that is not one.
 * A button id is user input: huge numbers, letters and bidi characters are all refused here.
 */
export function snowflakeTime(id: string): number | null {
  if (!/^[0-9]{17,20}$/.test(id)) return null;
  const value = BigInt(id);
  if (value >= 1n << 64n) return null;
  return Number((value >> 22n) + DISCORD_EPOCH);
}
