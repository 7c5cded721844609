import { describe, expect, it } from "vitest";
import type { PayoutMethodDetails } from "@/db/schema/wallet";
import {
  BANK_COUNTRIES,
  EWALLET_PROVIDERS,
  isValidIban,
  last4,
  normalizeAccountNumber,
  payoutMethodLabel,
  payoutMethodSchema,
  type PayoutMethodInput,
} from "@/lib/validation/payout-method";

/** An IBAN with correct check digits, computed independently of the module (BigInt, whole number at once). */
function withCheckDigits(country: string, bban: string): string {
  const digits = (bban + country + "00").replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const check = 98n - (BigInt(digits) % 97n);
  return country + String(check).padStart(2, "0") + bban;
}

const bank = {
  kind: "bank",
  country: "DE",
  bankName: "Deutsche Bank",
  accountHolder: "Erika Mustermann",
  accountNumber: "DE89 3704 0044 0532 0130 00",
};
const ewallet = { kind: "ewallet", provider: "PayPal", accountId: "erika@example.com" };

const parse = (input: Record<string, unknown>): PayoutMethodInput => payoutMethodSchema.parse(input);

/** Field path → message, for a form that shows a message under each field. */
const errorsOf = (input: unknown): Record<string, string> => {
  const result = payoutMethodSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

const IBAN_COUNTRIES = BANK_COUNTRIES.filter((country) => country.ibanLength !== undefined);
const NON_IBAN_COUNTRIES = BANK_COUNTRIES.filter((country) => country.ibanLength === undefined);

describe("the lists shown in the form", () => {
  it("has every bank country, once each, with the IBAN length only where IBANs are used", () => {
    const lengths = Object.fromEntries(BANK_COUNTRIES.map((country) => [country.code, country.ibanLength ?? null]));
    expect(lengths).toEqual({
      US: null,
      GB: 22,
      DE: 22,
      FR: 27,
      ES: 24,
      IT: 27,
      NL: 18,
      IE: 22,
      BE: 16,
      PT: 25,
      AT: 20,
      VN: null,
      ID: null,
      PH: null,
      TH: null,
      MY: null,
      SG: null,
      AU: null,
      CA: null,
      JP: null,
    });
    expect(new Set(BANK_COUNTRIES.map((country) => country.code)).size).toBe(BANK_COUNTRIES.length);
    expect(BANK_COUNTRIES.find((country) => country.code === "DE")?.name).toBe("Germany");
    expect(BANK_COUNTRIES.every((country) => country.name.length > 1)).toBe(true);
  });

  it("has the e-wallet providers", () => {
    expect([...EWALLET_PROVIDERS]).toEqual([
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
    ]);
  });
});

describe("isValidIban", () => {
  it.each([
    "GB82 WEST 1234 5698 7654 32",
    "DE89 3704 0044 0532 0130 00",
    "FR14 2004 1010 0505 0001 3M02 606",
    "NL91 ABNA 0417 1643 00",
    "GB82WEST12345698765432",
    "de89 3704 0044 0532 0130 00",
  ])("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ["a digit changed", "GB82 WEST 1234 5698 7654 33"],
    ["a digit changed", "DE89 3704 0044 0532 0130 01"],
    ["a letter changed", "FR14 2004 1010 0505 0001 3N02 606"],
    ["a digit changed in the bank code", "NL91 ABNA 0417 1643 10"],
    ["the check digits changed", "DE88 3704 0044 0532 0130 00"],
    ["two digits swapped", "GB82 WEST 1234 5698 7654 23"],
    ["a character missing", "DE89 3704 0044 0532 0130 0"],
    ["a character too many", "NL91 ABNA 0417 1643 001"],
    ["letters as check digits", "GBXX WEST 1234 5698 7654 32"],
    ["a digit as country", "1B82 WEST 1234 5698 7654 32"],
    ["punctuation inside", "GB82 WEST 1234 5698 7654.32"],
    ["nothing", ""],
  ])("refuses %s: %s", (_why, iban) => {
    expect(isValidIban(iban)).toBe(false);
  });

  it("computes the mod-97 check piecewise, also for 27-character IBANs", () => {
    expect(withCheckDigits("FR", "30006000011234567890189")).toBe("FR7630006000011234567890189");
    expect(isValidIban("FR76 3000 6000 0112 3456 7890 189")).toBe(true);
    expect(isValidIban("FR76 3000 6000 0112 3456 7890 198")).toBe(false);
    expect(isValidIban(withCheckDigits("IT", "X0542811101000000123456"))).toBe(true);
    expect(withCheckDigits("IT", "X0542811101000000123456")).toBe("IT60X0542811101000000123456");
  });

  it("refuses an IBAN whose check digits are right but whose length is not its country's", () => {
    expect(withCheckDigits("DE", "370400440532013000")).toBe("DE89370400440532013000");
    expect(isValidIban(withCheckDigits("DE", "3704004405320130001"))).toBe(false); // 23 for Germany's 22
    expect(isValidIban(withCheckDigits("DE", "37040044053201300"))).toBe(false); // 21
    expect(isValidIban(withCheckDigits("NL", "WEST12345698765432"))).toBe(false); // 22: a British length for the Netherlands
    expect(isValidIban(withCheckDigits("BE", "5390075470341"))).toBe(false); // 17 for Belgium's 16
  });

  it("accepts a country outside the list at any registry length, but not a too short or too long one", () => {
    expect(isValidIban("CH93 0076 2011 6238 5295 7")).toBe(true);
    expect(isValidIban("NO93 8601 1117 947")).toBe(true);
    expect(isValidIban(withCheckDigits("XY", "1234567890"))).toBe(false); // 14 characters
    expect(isValidIban(withCheckDigits("XY", "1".repeat(31)))).toBe(false); // 35 characters
    expect(isValidIban(withCheckDigits("XY", "1".repeat(30)))).toBe(true); // 34 characters
  });
});

describe("normalizeAccountNumber and last4", () => {
  it("removes spaces and dashes and uppercases", () => {
    expect(normalizeAccountNumber(" de89 3704-0044\t0532 0130 00 ")).toBe("DE89370400440532013000");
    expect(normalizeAccountNumber("0071--0012 34")).toBe("0071001234");
    expect(normalizeAccountNumber("")).toBe("");
  });

  it("takes the last four characters, ignoring spaces and dashes", () => {
    expect(last4("DE89 3704 0044 0532 0130 00")).toBe("3000");
    expect(last4("0071-0012-3-4")).toBe("1234");
    expect(last4("+84 901-235-678")).toBe("5678");
    expect(last4("123")).toBe("123");
    expect(last4("erika@example.com")).toBe(".com");
  });
});

describe("payoutMethodLabel", () => {
  it("names the bank and the end of the account number", () => {
    const details: PayoutMethodDetails = {
      kind: "bank",
      country: "VN",
      bankName: "Vietcombank",
      accountHolder: "Nguyen Van A",
      accountNumber: "0071001231234",
    };
    expect(payoutMethodLabel(details)).toBe("Vietcombank \u00b7\u00b7\u00b7\u00b71234");
    expect(payoutMethodLabel({ ...details, bankName: "Deutsche Bank", accountNumber: "DE89370400440532013000" })).toBe(
      "Deutsche Bank ····3000",
    );
  });

  it("names the provider and the end of the account id", () => {
    expect(payoutMethodLabel({ kind: "ewallet", provider: "PayPal", accountId: "erika@example.com" })).toBe("PayPal ····.com");
    expect(payoutMethodLabel({ kind: "ewallet", provider: "MoMo", accountId: "+84901235678" })).toBe("MoMo ····5678");
  });

  it("labels what the form parsed", () => {
    expect(payoutMethodLabel(parse({ ...bank, bankName: " Sparkasse ", accountNumber: "de89-3704-0044-0532-0130-00" }))).toBe(
      "Sparkasse ····3000",
    );
    expect(payoutMethodLabel(parse({ ...ewallet, provider: "Wise", accountId: " Erika@Example.ORG " }))).toBe("Wise ····.org");
  });
});

describe("the payout method form: which kind", () => {
  it.each([[undefined], [""], ["card"], ["Bank"], [" bank"]])("asks to choose bank or e-wallet when kind is %j", (kind) => {
    expect(errorsOf({ ...bank, kind })).toEqual({ kind: "Choose a bank account or an e-wallet" });
    expect(errorsOf({ ...ewallet, kind })).toEqual({ kind: "Choose a bank account or an e-wallet" });
  });

  it("refuses something that is not a form at all", () => {
    expect(payoutMethodSchema.safeParse(null).success).toBe(false);
    expect(payoutMethodSchema.safeParse("bank").success).toBe(false);
  });
});

describe("the payout method form: a bank account", () => {
  it("returns the stored details, trimmed and normalized, plus makeDefault", () => {
    const parsed = parse({
      kind: "bank",
      country: " de ",
      bankName: "  Deutsche Bank ",
      accountHolder: " Erika Mustermann  ",
      accountNumber: " de89-3704 0044 0532 0130 00 ",
      $ACTION_ID_abc: "",
    });
    expect(parsed).toEqual({
      kind: "bank",
      country: "DE",
      bankName: "Deutsche Bank",
      accountHolder: "Erika Mustermann",
      accountNumber: "DE89370400440532013000",
      makeDefault: false,
    });
    const stored: PayoutMethodDetails = parsed; // the output fits the stored shape
    expect(stored.kind).toBe("bank");
  });

  it("asks for every missing field under that field", () => {
    expect(errorsOf({ kind: "bank" })).toEqual({
      country: "Choose the bank's country",
      bankName: "Enter the name of the bank",
      accountHolder: "Enter the account holder's name, as the bank has it",
      accountNumber: "Enter the account number: 4 to 20 digits",
    });
  });

  it("shows the account number's message next to another field's", () => {
    expect(errorsOf({ ...bank, bankName: undefined, accountNumber: "DE00 3704 0044 0532 0130 00" })).toEqual({
      bankName: "Enter the name of the bank",
      accountNumber: "Enter a valid IBAN for Germany, e.g. DE89 3704 0044 0532 0130 00",
    });
  });

  describe("country", () => {
    it.each(BANK_COUNTRIES.map((country) => country.code))("accepts %s", (code) => {
      const accountNumber = IBAN_COUNTRIES.some((country) => country.code === code)
        ? withCheckDigits(code, "1".repeat((BANK_COUNTRIES.find((c) => c.code === code)?.ibanLength ?? 0) - 4))
        : "12345678";
      expect(parse({ ...bank, country: code, accountNumber })).toMatchObject({ country: code, accountNumber });
    });

    it.each([["XX"], ["CH"], ["Germany"], [""], ["   "]])("refuses %j", (country) => {
      expect(errorsOf({ ...bank, country }).country).toBe("Choose the bank's country");
    });

    it("still checks the account number when the country is unknown", () => {
      expect(errorsOf({ ...bank, country: "XX", accountNumber: "12" })).toEqual({
        country: "Choose the bank's country",
        accountNumber: "Enter the account number: 4 to 20 digits",
      });
      expect(errorsOf({ ...bank, country: undefined, accountNumber: "12345678" })).toEqual({ country: "Choose the bank's country" });
    });
  });

  describe("bank name and account holder", () => {
    it.each([
      ["bankName", "Enter the name of the bank"],
      ["accountHolder", "Enter the account holder's name, as the bank has it"],
    ])("%s: 2 to 80 characters once trimmed", (field, message) => {
      expect(errorsOf({ ...bank, [field]: "A" })).toEqual({ [field]: message });
      expect(errorsOf({ ...bank, [field]: "   " })).toEqual({ [field]: message });
      expect(errorsOf({ ...bank, [field]: " A " })).toEqual({ [field]: message });
      expect(errorsOf({ ...bank, [field]: "A".repeat(81) })).toEqual({ [field]: "Use at most 80 characters" });
      expect(parse({ ...bank, [field]: "AB" })).toMatchObject({ [field]: "AB" });
      expect(parse({ ...bank, [field]: ` ${"A".repeat(80)} ` })).toMatchObject({ [field]: "A".repeat(80) });
    });
  });

  describe("account number in an IBAN country", () => {
    it.each(IBAN_COUNTRIES.map((country) => [country.code, country.name]))(
      "%s: asks for an IBAN of %s with an example that is itself accepted",
      (code, name) => {
        const message = errorsOf({ ...bank, country: code, accountNumber: "" }).accountNumber ?? "";
        const example = /^Enter a valid IBAN for (.+), e\.g\. ([A-Z0-9 ]+)$/.exec(message);
        expect(example?.[1]).toBe(name);
        const iban = example?.[2] ?? "";
        expect(iban.startsWith(code)).toBe(true);
        expect(isValidIban(iban)).toBe(true);
        expect(parse({ ...bank, country: code, accountNumber: iban })).toMatchObject({ accountNumber: normalizeAccountNumber(iban) });
      },
    );

    const germany = "Enter a valid IBAN for Germany, e.g. DE89 3704 0044 0532 0130 00";
    it.each([
      ["a changed digit", "DE89 3704 0044 0532 0130 01"],
      ["plain account digits", "0532013000"],
      ["another country's valid IBAN", "GB82 WEST 1234 5698 7654 32"],
      ["a valid IBAN of another country with Germany's length", withCheckDigits("AT", "370400440532013000")],
      ["nothing", ""],
      ["a missing field", undefined],
    ])("refuses %s", (_why, accountNumber) => {
      expect(errorsOf({ ...bank, accountNumber })).toEqual({ accountNumber: germany });
    });

    it("verifies the check digits of the country's own IBANs", () => {
      expect(errorsOf({ ...bank, country: "FR", accountNumber: "FR14 2004 1010 0505 0001 3M02 606" })).toEqual({});
      expect(errorsOf({ ...bank, country: "FR", accountNumber: "FR15 2004 1010 0505 0001 3M02 606" })).toEqual({
        accountNumber: "Enter a valid IBAN for France, e.g. FR14 2004 1010 0505 0001 3M02 606",
      });
    });

    it("accepts an IBAN written with dashes, lower case and spaces", () => {
      expect(parse({ ...bank, country: "NL", accountNumber: "nl91-abna-0417-1643-00" })).toMatchObject({
        accountNumber: "NL91ABNA0417164300",
      });
    });
  });

  describe("account number elsewhere", () => {
    it.each(NON_IBAN_COUNTRIES.map((country) => country.code))("%s: takes 4 to 20 digits, spaces and dashes removed", (country) => {
      expect(parse({ ...bank, country, accountNumber: " 0071-0012 3 4 " })).toMatchObject({ country, accountNumber: "0071001234" });
      expect(parse({ ...bank, country, accountNumber: "1234" })).toMatchObject({ accountNumber: "1234" });
      expect(parse({ ...bank, country, accountNumber: "1".repeat(20) })).toMatchObject({ accountNumber: "1".repeat(20) });
    });

    it.each([
      ["too short", "123"],
      ["too long", "1".repeat(21)],
      ["letters", "12AB3456"],
      ["a dot", "1234.5678"],
      ["nothing", ""],
      ["only dashes", "----"],
    ])("refuses %s", (_why, accountNumber) => {
      expect(errorsOf({ ...bank, country: "VN", accountNumber })).toEqual({ accountNumber: "Enter the account number: 4 to 20 digits" });
    });

    it("accepts a valid IBAN but not one that fails its check", () => {
      expect(parse({ ...bank, country: "US", accountNumber: "GB82 WEST 1234 5698 7654 32" })).toMatchObject({
        country: "US",
        accountNumber: "GB82WEST12345698765432",
      });
      const refused = payoutMethodSchema.safeParse({ ...bank, country: "US", accountNumber: "GB82 WEST 1234 5698 7654 33" });
      expect(refused.success).toBe(false);
      expect(refused.error?.issues).toHaveLength(1);
      expect(refused.error?.issues[0]?.path).toEqual(["accountNumber"]);
      expect(refused.error?.issues[0]?.message).toMatch(/IBAN/);
      expect(errorsOf({ ...bank, country: "SG", accountNumber: "SG12 3456 7890" }).accountNumber).toMatch(/IBAN/);
    });
  });
});

describe("the payout method form: an e-wallet", () => {
  it("returns the stored details plus makeDefault", () => {
    const parsed = parse({ kind: "ewallet", provider: " PayPal ", accountId: "  Erika@Example.com ", $ACTION_ID_abc: "" });
    expect(parsed).toEqual({ kind: "ewallet", provider: "PayPal", accountId: "erika@example.com", makeDefault: false });
    const stored: PayoutMethodDetails = parsed;
    expect(stored.kind).toBe("ewallet");
  });

  it.each([...EWALLET_PROVIDERS])("accepts %s", (provider) => {
    expect(parse({ ...ewallet, provider })).toMatchObject({ provider });
  });

  it.each([["Venmo"], ["paypal"], [""], [undefined]])("refuses the provider %j", (provider) => {
    expect(errorsOf({ ...ewallet, provider })).toEqual({ provider: "Choose a provider" });
  });

  it.each([
    ["+84 901-235-678", "+84901235678"],
    ["0901 235 678", "0901235678"],
    ["1234-5678", "12345678"],
    ["+123456789012345", "+123456789012345"],
  ])("takes the phone number %s as %s", (accountId, stored) => {
    expect(parse({ ...ewallet, provider: "MoMo", accountId })).toMatchObject({ accountId: stored });
  });

  it.each([
    ["7 digits", "1234-567"],
    ["16 digits", "+1234567890123456"],
    ["a plus sign inside", "84+901235678"],
    ["letters", "0901 ABC 678"],
    ["an e-mail without a domain", "erika@"],
    ["an e-mail without a name", "@example.com"],
    ["two at signs", "erika@@example.com"],
    ["spaces in an e-mail", "erika mustermann@example.com"],
    ["an over-long e-mail", `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`],
    ["nothing", ""],
    ["a missing field", undefined],
  ])("refuses %s", (_why, accountId) => {
    expect(errorsOf({ ...ewallet, accountId })).toEqual({ accountId: "Enter the e-mail or phone number of the e-wallet account" });
  });
});

describe("makeDefault", () => {
  it.each([
    ["on", true],
    ["true", true],
    [undefined, false],
    ["", false],
    ["false", false],
    ["off", false],
  ])("reads the checkbox value %j as %s, for banks and e-wallets", (makeDefault, expected) => {
    expect(parse({ ...bank, makeDefault }).makeDefault).toBe(expected);
    expect(parse({ ...ewallet, makeDefault }).makeDefault).toBe(expected);
  });
});
