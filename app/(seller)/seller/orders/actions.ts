"use server";

import { revalidatePath } from "next/cache";
import type { Database } from "@/db/client";
import { findShopByOwner } from "@/db/queries/shops";
import { formAction } from "@/lib/actions/safe-action";
import { now } from "@/lib/clock";
import { UserFacingError } from "@/lib/errors";
import { orderCommandSchema, refundLineSchema } from "@/lib/validation/orders";
import { refundShopOrderLine, runShopOrderCommand } from "./order-commands";

async function sellerShopId(db: Database, userId: string) {
  const shop = await findShopByOwner(db, userId);
  if (!shop) throw new UserFacingError("Set up your shop first.");
  return shop.id;
}

/** Ship, mark delivered, complete or cancel; the ownership check is in runShopOrderCommand. */
export const orderCommandAction = formAction({ role: "seller", schema: orderCommandSchema }, async (input, { db, user }) => {
  const state = await runShopOrderCommand(db, await sellerShopId(db, user.id), input, now());
  revalidatePath("/seller/orders");
  revalidatePath(`/seller/orders/${input.orderId}`);
  return { command: input.command, state };
});

export const refundLineAction = formAction({ role: "seller", schema: refundLineSchema }, async (input, { db, user }) => {
  await refundShopOrderLine(db, await sellerShopId(db, user.id), input, now());
  revalidatePath("/seller/orders");
  revalidatePath(`/seller/orders/${input.orderId}`);
  return { lineRef: input.lineRef, quantity: input.quantity };
});
