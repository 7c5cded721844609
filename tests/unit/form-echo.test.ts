import { describe, expect, it } from "vitest";
import { formValues } from "@/lib/actions/form-values";
import { checkoutSchema } from "@/lib/validation/checkout";

describe("the values a failed form is filled in again with", () => {
  it("never carry the card number, expiry or CVC of the checkout form back to the browser", () => {
    const fields = Object.keys(checkoutSchema(new Date("2026-11-22T12:00:00Z")).shape);
    expect(fields).toEqual(expect.arrayContaining(["cardNumber", "expiry", "cvc"]));
    const form = new FormData();
    for (const field of fields) form.set(field, `typed ${field}`);
    form.set("cardNumber", "4242 4242 4242 4242");
    form.set("expiry", "12/30");
    form.set("cvc", "123");
    const echoed = formValues(form);
    expect(Object.keys(echoed)).not.toEqual(expect.arrayContaining(["cardNumber"]));
    expect(echoed).not.toHaveProperty("cardNumber");
    expect(echoed).not.toHaveProperty("expiry");
    expect(echoed).not.toHaveProperty("cvc");
    expect(JSON.stringify(echoed)).not.toMatch(/4242|12\/30|123/);
    // What the buyer typed elsewhere comes back, so they do not type it twice.
    expect(echoed).toMatchObject({ name: "typed name", email: "typed email", line1: "typed line1", city: "typed city", postalCode: "typed postalCode" });
  });

  it("never carry passwords, tokens or account numbers either", () => {
    const form = new FormData();
    for (const field of ["password", "newPassword", "signingSecret", "token", "accountNumber", "iban", "card_number", "cvv", "expiration"]) form.set(field, "secret");
    form.set("displayName", "Mai");
    expect(formValues(form)).toEqual({ displayName: "Mai" });
  });
});
