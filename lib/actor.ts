import "server-only";
import type { Database } from "@/db/client";
import type { Role, Shop } from "@/db/schema";

/** Who is signed in, as the request edge (server/session.ts) reads it from the session and the database. */
export type SessionUser = { id: string; role: Role; name: string; email: string };

/**
 * The request's context: who acts, on which database, and when (the app clock, read once per
 * request). Built by server/context.ts and nowhere else; domain commands take the parts they need.
 */
export type Actor<R extends Role = Role> = { db: Database; user: SessionUser & { role: R }; at: Date };
export type CreatorActor = Actor<"creator">;
export type AdminActor = Actor<"admin">;
/** A seller with their shop: every seller page and command but the shop's first setup. */
export type SellerActor = Actor<"seller"> & { shop: Shop };
/** A seller who may not have set up a shop yet (the shop form). */
export type NewSellerActor = Actor<"seller"> & { shop: Shop | null };

/** A request that needs no role (buyers, sign-in, sign-up): whoever is signed in, if anyone. */
/** The context of a public page or route (buyers, link redirects): the database and the time, no session read. */
export type PublicActor = { db: Database; at: Date };
export type RequestActor = { db: Database; user: SessionUser | null; at: Date };

/**
 * What a shop's domain command needs of its seller: the shop (only the columns it reads, so a test
 * or the public API can pass a smaller shop) and the time. A `SellerActor` is one.
 */
export type ShopActor<K extends keyof Shop = "id" | "currency" | "ownerUserId"> = { shop: Pick<Shop, K>; at: Date };

/** What a creator's domain command needs: the creator (by id) and the time (`{ creatorId: actor.user.id, at: actor.at }`). */
export type CreatorRef = { creatorId: string; at: Date };

export type ActorKinds = { creator: CreatorActor; seller: SellerActor; admin: AdminActor; "new-seller": NewSellerActor };
export type ActorKind = keyof ActorKinds;
