import { z } from "zod";
import type { PayoutMethodDetails } from "@/db/schema/wallet";

/**
 * The creator's "add payout method" form: a bank account or an e-wallet that commissions are withdrawn to.
 * Only `last4` of the account number / account id ever goes back to a browser; `label` is what the creator sees.
 */

export type BankCountry = { code: string; name: string; ibanLength?: number };

/** Countries a bank account can be in. `ibanLength` only where banks use IBANs (ISO 13616 registry lengths). */
export const BANK_COUNTRIES: readonly BankCountry[] = [
  { code: "US", name: "United States" },
  { code: "GB", name: "United Kingdom", ibanLength: 22 },
  { code: "DE", name: "Germany", ibanLength: 22 },
  { code: "FR", name: "France", ibanLength: 27 },
  { code: "ES", name: "Spain", ibanLength: 24 },
  { code: "IT", name: "Italy", ibanLength: 27 },
  { code: "NL", name: "Netherlands", ibanLength: 18 },
  { code: "IE", name: "Ireland", ibanLength: 22 },
  { code: "BE", name: "Belgium", ibanLength: 16 },
  { code: "PT", name: "Portugal", ibanLength: 25 },
  { code: "AT", name: "Austria", ibanLength: 20 },
  { code: "VN", name: "Vietnam" },
  { code: "ID", name: "Indonesia" },
  { code: "PH", name: "Philippines" },
  { code: "TH", name: "Thailand" },
  { code: "MY", name: "Malaysia" },
  { code: "SG", name: "Singapore" },
  { code: "AU", name: "Australia" },
  { code: "CA", name: "Canada" },
  { code: "JP", name: "Japan" },
];

/** Example IBANs (the registry's own examples) shown in the error message of each IBAN country. */
const IBAN_EXAMPLES: Readonly<Record<string, string>> = {
  GB: "GB29 NWBK 6016 1331 9268 19",
  DE: "DE89 3704 0044 0532 0130 00",
  FR: "FR14 2004 1010 0505 0001 3M02 606",
  ES: "ES91 2100 0418 4502 0005 1332",
  IT: "IT60 X054 2811 1010 0000 0123 456",
  NL: "NL91 ABNA 0417 1643 00",
  IE: "IE29 AIBK 9311 5212 3456 78",
  BE: "BE68 5390 0754 7034",
  PT: "PT50 0002 0123 1234 5678 9015 4",
  AT: "AT61 1904 3002 3457 3201",
};

export const EWALLET_PROVIDERS = [
  "PayPal",
  "Wise",
  "MoMo",
  "ZaloPay",
  "GCash",
  "Maya",
  "GoPay",
  "OVO",
  "DANA",
  "GrabPay",
  "TrueMoney",
  "Touch 'n Go",
] as const;

export type EwalletProvider = (typeof EWALLET_PROVIDERS)[number];

const countryByCode = new Map(BANK_COUNTRIES.map((country) => [country.code, country]));

/** Removes spaces and dashes and uppercases: "de89 3704-0044" → "DE8937040044". */
export function normalizeAccountNumber(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}

/**
 * The last four characters of an account number, IBAN or e-wallet account id, spaces and dashes removed.
 * Case is kept so an e-mail account id ends in ".com", as in its label (account numbers are stored uppercased).
 */
export function last4(value: string): string {
  return value.replace(/[\s-]+/g, "").slice(-4);
}

/** An IBAN (ISO 13616): country letters, two check digits, the BBAN; right length for a known country; mod-97 = 1. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, "").toUpperCase();
  // The shortest BBAN in the registry is Norway's 11 characters, the longest allowed is 30.
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expectedLength = countryByCode.get(iban.slice(0, 2))?.ibanLength;
  if (expectedLength !== undefined && iban.length !== expectedLength) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digit = Number.parseInt(char, 36); // "0"–"9" → 0–9, "A"–"Z" → 10–35
    remainder = (remainder * (digit >= 10 ? 100 : 10) + digit) % 97;
  }
  return remainder === 1;
}

/** "Vietcombank ····1234", "PayPal ····.com", "MoMo ····5678". */
export function payoutMethodLabel(details: PayoutMethodDetails): string {
  return details.kind === "bank"
    ? `${details.bankName} ····${last4(details.accountNumber)}`
    : `${details.provider} ····${last4(details.accountId)}`;
}

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: label })
    .trim()
    .min(min, label)
    .max(max, `Use at most ${max} characters`);

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

const looksLikeIban = (value: string) => /^[A-Z]{2}[0-9]{2}/.test(value);

/** Why an account number (already normalized) is refused for a country, or null when it is fine. */
function accountNumberError(accountNumber: string, countryCode: string | undefined): string | null {
  const country = countryCode === undefined ? undefined : countryByCode.get(countryCode);
  if (country?.ibanLength !== undefined) {
    if (accountNumber.startsWith(country.code) && isValidIban(accountNumber)) return null;
    const example = IBAN_EXAMPLES[country.code];
    return example ? `Enter a valid IBAN for ${country.name}, e.g. ${example}` : `Enter a valid IBAN for ${country.name}`;
  }
  if (looksLikeIban(accountNumber)) {
    return isValidIban(accountNumber) ? null : "That IBAN is not valid: check it for typos";
  }
  return /^[0-9]{4,20}$/.test(accountNumber) ? null : "Enter the account number: 4 to 20 digits";
}

const bankMethodSchema = z
  .object({
    kind: z.literal("bank"),
    country: z
      .string({ error: "Choose the bank's country" })
      .trim()
      .toUpperCase()
      .refine((code) => countryByCode.has(code), "Choose the bank's country"),
    bankName: text("Enter the name of the bank", 2, 80),
    accountHolder: text("Enter the account holder's name, as the bank has it", 2, 80),
    accountNumber: z.string().optional().transform((value) => normalizeAccountNumber(value ?? "")),
    makeDefault: checkbox,
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when another field failed, so every field shows its message at once; the value may be partial.
      const accountNumber = typeof value.accountNumber === "string" ? value.accountNumber : "";
      const country = typeof value.country === "string" ? value.country : undefined;
      const error = accountNumberError(accountNumber, country);
      if (error) ctx.addIssue({ code: "custom", message: error, path: ["accountNumber"] });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

const ACCOUNT_ID_ERROR = "Enter the e-mail or phone number of the e-wallet account";
const emailSchema = z.email();

const ewalletMethodSchema = z.object({
  kind: z.literal("ewallet"),
  provider: z
    .string({ error: "Choose a provider" })
    .trim()
    .pipe(z.enum(EWALLET_PROVIDERS, { error: "Choose a provider" })),
  accountId: z
    .string({ error: ACCOUNT_ID_ERROR })
    .trim()
    .transform((value, ctx) => {
      if (value.includes("@")) {
        const email = value.toLowerCase();
        if (email.length <= 254 && emailSchema.safeParse(email).success) return email;
      } else {
        const phone = value.replace(/[\s-]+/g, "");
        if (/^\+?[0-9]{8,15}$/.test(phone)) return phone;
      }
      ctx.addIssue({ code: "custom", message: ACCOUNT_ID_ERROR });
      return z.NEVER;
    }),
  makeDefault: checkbox,
});

/** The "add payout method" form (FormData entries): a bank account or an e-wallet, and whether it becomes the default. */
export const payoutMethodSchema = z.discriminatedUnion("kind", [bankMethodSchema, ewalletMethodSchema], {
  error: "Choose a bank account or an e-wallet",
});

export type PayoutMethodInput = z.infer<typeof payoutMethodSchema>;
