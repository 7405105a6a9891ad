/** Nobody is ever pinged by a reply, whatever its text says. */
export const NO_MENTIONS = { parse: [] as [] };
