const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh Discord-style id (discord.js and its REST client expect 17–19 digit snowflakes). */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}
