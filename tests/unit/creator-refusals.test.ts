import { describe, expect, it } from "vitest";
import { findRefusal } from "@/lib/i18n/refusal-keys";

/** Refusals the creator's forms can get (lib/validation links, wallet, payout-method, showcase, plans; lib/links, lib/wallet, lib/showcase, lib/plans). */
const CREATOR_REFUSALS = [
  "Choose what to link",
  "Choose where you will share it",
  "Use at most 50 characters",
  "Use letters, digits and . _ - only",
  "Choose a product",
  "The product was not found.",
  "Cast Iron Skillet 26 cm is not open to creators right now.",
  "This shop no longer works with you, so its products cannot be linked.",
  "Spring Sale has ended.",
  "Showcases are for affiliate creators: reach 600 verified followers to unlock yours (you have 350).",
  "Enter an amount",
  "Amount must be more than zero",
  "VND amounts have no decimal part",
  "USD allows at most 2 decimal places",
  "You have $12.00 available.",
  "The minimum withdrawal is $10.00.",
  "Choose one of your payout methods.",
  "Enter a valid IBAN for Germany, e.g. DE89 3704 0044 0532 0130 00",
  "Enter the account number: 4 to 20 digits",
  "Enter the account holder's name, as the bank has it",
  "Vietcombank ····1234 cannot be removed: 2 withdrawals to it are still being processed. Remove it once they are paid or failed.",
  "Cast Iron Skillet 26 cm is already in your showcase.",
  "That showcase item was not found.",
  "You already accepted this invitation.",
  "This plan has expired: the invitation can no longer be answered.",
];

describe("the creator's refusals", () => {
  it.each(CREATOR_REFUSALS)("%s has a catalogue entry", (message) => {
    expect(findRefusal(message)).toBeDefined();
  });

  it("passes the words of a refusal with arguments on", () => {
    expect(findRefusal("Enter a valid IBAN for Germany, e.g. DE89 3704 0044 0532 0130 00")).toEqual({
      key: "creator.errors.ibanForCountryExample",
      values: { country: "Germany", example: "DE89 3704 0044 0532 0130 00" },
    });
  });
});
