/**
 * The one clock. Every "now" in the server comes from a Clock: the process gets `systemClock`,
 * tests inject their own (createApp's `clock`) to stand before, inside and after a window, or past
 * a lockout. Modules take it from `ctx.services.clock` or their constructor, never `new Date()`.
 */
export interface Clock {
  now(): Date;
}

// the only place the server reads the system time
export const systemClock: Clock = { now: () => new Date() };
