import { z } from "zod";

const SNOWFLAKE = z.string().regex(/^\d{1,20}$/);
const USER = z.looseObject({ id: SNOWFLAKE });
const PING = z.looseObject({ type: z.literal(1) });

/**
 * The fields discord.js needs to build an interaction, checked before it tries: a signed body is Discord's, but a
 * body that lacked them would make discord.js throw. Everything else passes through as it came.
 */
const INTERACTION = z
  .looseObject({
    type: z.number().int().min(2),
    id: SNOWFLAKE,
    token: z.string().min(1),
    application_id: SNOWFLAKE,
    data: z.looseObject({}),
    user: USER.optional(),
    member: z.looseObject({ user: USER }).optional(),
    guild_id: SNOWFLAKE.optional(),
    guild: z.looseObject({}).optional(),
  })
  .refine((i) => i.user !== undefined || i.member !== undefined, { message: "neither user nor member" });

export type RawInteraction = z.infer<typeof INTERACTION>;

/** What a parsed body is: Discord's PING, an interaction for the bot, or neither (null). */
export function readInteraction(json: unknown): RawInteraction | "ping" | null {
  if (PING.safeParse(json).success) return "ping";
  const parsed = INTERACTION.safeParse(json);
  return parsed.success ? parsed.data : null;
}
