import "server-only";

/**
 * Failures the user can act on. Domain code throws these; the action and API wrappers turn them
 * into a form message (next to its field when it has one) or a 4xx body. Anything else is a bug:
 * logged on the server, never shown.
 */
export class UserFacingError extends Error {
  readonly fields: Record<string, string>;

  constructor(message: string, field?: string | Record<string, string>) {
    super(message);
    this.fields = typeof field === "string" ? { [field]: message } : (field ?? {});
  }
}

/** One or more fields are wrong; their messages go next to them. */
export function invalidFields(fields: Record<string, string>): UserFacingError {
  return new UserFacingError("Please correct the highlighted fields.", fields);
}

/**
 * The thing does not exist, or it belongs to someone else: the same answer for both, so ids of
 * other tenants' data cannot be probed.
 */
export class NotFoundError extends UserFacingError {
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

/** The request contradicts what is already there (an order id reused with other content, an event the order's state does not allow): 409 in the API. */
export class ConflictError extends UserFacingError {}

/** A seller's action or route before the shop is set up (server/context.ts). */
export const NO_SHOP_MESSAGE = "Set up your shop first.";

/** No one is signed in (or the session has ended): 401 from a route, "sign in again" in a form. */
export class UnauthenticatedError extends UserFacingError {
  constructor() {
    super("Your session has ended. Sign in again.");
  }
}

/** Signed in, but as a role that may not do this: 403 from a route. */
export class ForbiddenError extends UserFacingError {
  constructor() {
    super("You do not have access to this action. Sign in again.");
  }
}
