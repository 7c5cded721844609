"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/server/form-action";
import { bulkOrderCommandSchema, orderCommandSchema, refundLineSchema } from "@/lib/validation/orders";
import { refundShopOrderLine, runShopOrderCommand, runShopOrderCommands } from "./order-commands";

/** Ship, mark delivered, complete or cancel; the ownership check is in runShopOrderCommand. */
export const orderCommandAction = formAction({ role: "seller", schema: orderCommandSchema }, async (input, { actor }) => {
  const state = await runShopOrderCommand(actor.db, actor.shop.id, input, actor.at);
  revalidatePath("/seller/orders");
  revalidatePath(`/seller/orders/${input.orderId}`);
  return { command: input.command, state };
});

export const refundLineAction = formAction({ role: "seller", schema: refundLineSchema }, async (input, { actor }) => {
  await refundShopOrderLine(actor.db, actor.shop.id, input, actor.at);
  revalidatePath("/seller/orders");
  revalidatePath(`/seller/orders/${input.orderId}`);
  return { lineRef: input.lineRef, quantity: input.quantity };
});

/** Ship or complete the checked orders of the list, each on its own; the answer says which changed and why others did not. */
export const bulkOrderCommandAction = formAction({ role: "seller", schema: bulkOrderCommandSchema }, async (input, { actor }) => {
  const result = await runShopOrderCommands(actor.db, actor.shop.id, input, actor.at);
  revalidatePath("/seller/orders");
  return { command: input.command, ...result };
});
