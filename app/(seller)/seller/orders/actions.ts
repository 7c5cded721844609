"use server";

import { revalidatePath } from "next/cache";
import { actionSellerShop } from "@/server/context";
import { formAction } from "@/server/form-action";
import { now } from "@/lib/clock";
import { orderCommandSchema, refundLineSchema } from "@/lib/validation/orders";
import { refundShopOrderLine, runShopOrderCommand } from "./order-commands";

/** Ship, mark delivered, complete or cancel; the ownership check is in runShopOrderCommand. */
export const orderCommandAction = formAction({ role: "seller", schema: orderCommandSchema }, async (input, { db, user }) => {
  const state = await runShopOrderCommand(db, (await actionSellerShop(db, user)).id, input, now());
  revalidatePath("/seller/orders");
  revalidatePath(`/seller/orders/${input.orderId}`);
  return { command: input.command, state };
});

export const refundLineAction = formAction({ role: "seller", schema: refundLineSchema }, async (input, { db, user }) => {
  await refundShopOrderLine(db, (await actionSellerShop(db, user)).id, input, now());
  revalidatePath("/seller/orders");
  revalidatePath(`/seller/orders/${input.orderId}`);
  return { lineRef: input.lineRef, quantity: input.quantity };
});
