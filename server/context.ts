import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import { findShopByOwner } from "@/db/queries/shops";
import type { Role } from "@/db/schema";
import { now } from "@/lib/clock";
import { ForbiddenError, NO_SHOP_MESSAGE, UnauthenticatedError, UserFacingError } from "@/lib/errors";
import type { Actor, ActorKind, ActorKinds, PublicActor, RequestActor } from "@/lib/actor";
import { currentUser, ROLE_HOME } from "./session";

export type { Actor, ActorKind, ActorKinds, AdminActor, CreatorActor, NewSellerActor, PublicActor, RequestActor, SellerActor } from "@/lib/actor";

/** The request's actor is built here and nowhere else (types in lib/actor.ts). */
const ROLE_OF: Record<ActorKind, Role> = { creator: "creator", seller: "seller", admin: "admin", "new-seller": "seller" };

export { NO_SHOP_MESSAGE };

// One lookup of the shop per request, shared by a form schema built from the shop and the action.
const shopOf = cache((db: Database, userId: string) => findShopByOwner(db, userId));
const requestTime = cache(() => now());

type Resolved = { ok: true; actor: ActorKinds[ActorKind] } | { ok: false; reason: "unauthenticated" | "forbidden" | "no_shop" };

async function resolve(kind: ActorKind): Promise<Resolved> {
  const user = await currentUser();
  if (!user) return { ok: false, reason: "unauthenticated" };
  if (user.role !== ROLE_OF[kind]) return { ok: false, reason: "forbidden" };
  const db = await getDb();
  const base = { db, user, at: requestTime() } as Actor;
  if (kind !== "seller" && kind !== "new-seller") return { ok: true, actor: base as ActorKinds[ActorKind] };
  const shop = (await shopOf(db, user.id)) ?? null;
  if (!shop && kind === "seller") return { ok: false, reason: "no_shop" };
  return { ok: true, actor: { ...base, shop } as ActorKinds[ActorKind] };
}

/**
 * The actor of a server action or a session route handler: refused with a typed error (which
 * `formAction` turns into a message and `sessionRoute` into 401/403 JSON) when there is none.
 */
export async function actorFor<K extends ActorKind>(kind: K): Promise<ActorKinds[K]> {
  const resolved = await resolve(kind);
  if (resolved.ok) return resolved.actor as ActorKinds[K];
  if (resolved.reason === "unauthenticated") throw new UnauthenticatedError();
  if (resolved.reason === "forbidden") throw new ForbiddenError();
  throw new UserFacingError(NO_SHOP_MESSAGE);
}

/**
 * The context of a public page or route handler (product, campaign, showcase and order pages, media,
 * short links): the database and the request's time. It reads no session, so buyers' pages cost no
 * session check.
 */
export async function publicActor(): Promise<PublicActor> {
  return { db: await getDb(), at: requestTime() };
}

/** The actor of a server action that needs no role (buyers, sign-in, sign-out): whoever is signed in, if anyone. */
export async function requestActor(): Promise<RequestActor> {
  return { db: await getDb(), user: await currentUser(), at: requestTime() };
}

/**
 * The actor of a page or layout: no session goes to sign-in, a session of another role to
 * /forbidden, a seller without a shop to the shop setup; never to the data.
 */
export async function pageActor<K extends ActorKind>(kind: K): Promise<ActorKinds[K]> {
  const resolved = await resolve(kind);
  if (resolved.ok) return resolved.actor as ActorKinds[K];
  const role = ROLE_OF[kind];
  if (resolved.reason === "unauthenticated") redirect(`/sign-in?next=${encodeURIComponent(ROLE_HOME[role])}`);
  if (resolved.reason === "forbidden") redirect(`/forbidden?need=${role}`);
  redirect("/seller/shop?setup=1");
}

