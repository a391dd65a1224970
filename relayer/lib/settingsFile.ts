import { z } from "zod";
import { addressSchema } from "./intents/abiSchema.ts";
import { defaultSettings, type RelayerSettings } from "./settings.ts";

const amount = z
  .string()
  .regex(/^\d+$/, "a decimal string of base units")
  .transform((value) => BigInt(value));

/** The relayer's settings file (relayer/README.md, Running one): JSON, amounts as decimal strings. */
const settingsFileSchema = z.strictObject({
  tokens: z
    .array(
      z.strictObject({
        address: addressSchema,
        symbol: z.string().min(1),
        decimals: z.number().int().min(0).max(36),
        minimumFee: amount,
        nativePrice: amount,
      }),
    )
    .min(1, "at least one accepted token"),
  sponsoredShops: z
    .array(
      z.strictObject({
        shopId: z.union([z.literal("*"), amount]),
        budget: amount,
      }),
    )
    .optional(),
  maxDeadlineSeconds: z.number().int().positive().optional(),
  marginPercent: z.number().int().min(0).max(1000).optional(),
  quoteValiditySeconds: z.number().int().positive().optional(),
  rateLimits: z
    .strictObject({ perIpPerMinute: z.number().int().positive(), perSignerPerMinute: z.number().int().positive() })
    .optional(),
  corsOrigins: z.union([z.literal("*"), z.array(z.string().url())]).optional(),
  passkeyFactory: addressSchema.optional(),
  replacement: z.strictObject({ afterSeconds: z.number().int().positive(), maxFeePerGas: amount }).optional(),
});

/** The settings a file describes, on the defaults; throws naming the first wrong field. */
export function parseSettingsFile(json: unknown): RelayerSettings {
  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Relayer settings: ${issue.path.join(".") || "file"}: ${issue.message}`);
  }
  const file = parsed.data;
  const defaults = defaultSettings({ tokens: file.tokens });
  return {
    fees: {
      ...defaults.fees,
      ...(file.marginPercent !== undefined && { marginPercent: file.marginPercent }),
      ...(file.quoteValiditySeconds !== undefined && { quoteValiditySeconds: file.quoteValiditySeconds }),
    },
    sponsoredShops: file.sponsoredShops ?? defaults.sponsoredShops,
    maxDeadlineSeconds: file.maxDeadlineSeconds ?? defaults.maxDeadlineSeconds,
    rateLimits: file.rateLimits ?? defaults.rateLimits,
    corsOrigins: file.corsOrigins ?? defaults.corsOrigins,
    passkeyFactory: file.passkeyFactory,
    replacement: file.replacement ?? defaults.replacement,
  };
}
