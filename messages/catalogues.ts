/**
 * The message catalogues: one file per area and language (messages/<locale>/<area>.json), so each
 * area of the portal keeps its texts apart. Every language has the same files and keys
 * (tests/unit/messages.test.ts). Add an area by adding its file in every language and a line here.
 */
import enCommon from "./en/common.json";
import enAuth from "./en/auth.json";
import enCreator from "./en/creator.json";
import enSeller from "./en/seller.json";
import enAdmin from "./en/admin.json";
import enAccount from "./en/account.json";
import enBuyer from "./en/buyer.json";
import enMail from "./en/mail.json";
import enReports from "./en/reports.json";
import viCommon from "./vi/common.json";
import viAuth from "./vi/auth.json";
import viCreator from "./vi/creator.json";
import viSeller from "./vi/seller.json";
import viAdmin from "./vi/admin.json";
import viAccount from "./vi/account.json";
import viBuyer from "./vi/buyer.json";
import viMail from "./vi/mail.json";
import viReports from "./vi/reports.json";
import idCommon from "./id/common.json";
import idAuth from "./id/auth.json";
import idCreator from "./id/creator.json";
import idSeller from "./id/seller.json";
import idAdmin from "./id/admin.json";
import idAccount from "./id/account.json";
import idBuyer from "./id/buyer.json";
import idMail from "./id/mail.json";
import idReports from "./id/reports.json";

export const CATALOGUES = {
  en: { common: enCommon, auth: enAuth, creator: enCreator, seller: enSeller, admin: enAdmin, account: enAccount, buyer: enBuyer, mail: enMail, reports: enReports },
  vi: { common: viCommon, auth: viAuth, creator: viCreator, seller: viSeller, admin: viAdmin, account: viAccount, buyer: viBuyer, mail: viMail, reports: viReports },
  id: { common: idCommon, auth: idAuth, creator: idCreator, seller: idSeller, admin: idAdmin, account: idAccount, buyer: idBuyer, mail: idMail, reports: idReports },
} as const;

/** The English catalogue's shape: every other language has the same keys. */
export type Messages = (typeof CATALOGUES)["en"];
