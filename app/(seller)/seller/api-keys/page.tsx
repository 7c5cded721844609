import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { listShopApiKeys } from "@/db/queries/api-keys";
import { CreateKeyForm } from "@/components/api-keys/create-key-form";
import { RevokeKeyButton } from "@/components/api-keys/revoke-key-button";
import { Badge } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { publicOrigin } from "@/lib/sharing/short-link";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.apiKeys"))("title") };
}

export default async function ApiKeysPage() {
  const { db, shop } = await pageActor("seller");
  const keys = await listShopApiKeys(db, shop.id);
  const origin = publicOrigin(await headers());
  const [t, format] = await Promise.all([getTranslations("seller.apiKeys"), getReaderFormat()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-8">
        <CreateKeyForm />
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("yours")}</h2>
          {keys.length === 0 ? (
            <EmptyState title={t("none")}>{t("noneBody")}</EmptyState>
          ) : (
            <Table head={[t("name"), t("key"), t("created"), t("lastUsed"), t("status"), <span key="actions" className="sr-only">{t("actions")}</span>]}>
              {keys.map((key) => (
                <tr key={key.id}>
                  <Td>
                    <span className="break-words font-medium text-slate-900">{key.name}</span>
                  </Td>
                  <Td label={t("key")} className="break-all font-mono text-slate-600">
                    {key.prefix}…
                  </Td>
                  <Td label={t("created")} className="text-slate-600">
                    {format.moment(key.createdAt)}
                  </Td>
                  <Td label={t("lastUsed")} className="text-slate-600">
                    {key.lastUsedAt ? format.moment(key.lastUsedAt) : t("never")}
                  </Td>
                  <Td label={t("status")}>{key.revokedAt ? <Badge tone="red">{t("revoked")}</Badge> : <Badge tone="green">{t("active")}</Badge>}</Td>
                  <Td>
                    {key.revokedAt ? (
                      <span className="text-xs text-slate-500">{t("revokedAt", { when: format.moment(key.revokedAt) })}</span>
                    ) : (
                      <RevokeKeyButton keyId={key.id} keyName={key.name} />
                    )}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </section>
        <Card>
          <h2 className="font-semibold">{t("testHeading")}</h2>
          <p className="mt-1 break-words text-sm text-slate-600">
            {t("test1")} <code className="break-all font-mono">Authorization: Bearer &lt;api key&gt;</code> {t("test2")}{" "}
            <code className="break-all font-mono">X-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;raw body&gt;&quot;&gt;</code> {t("test3")}{" "}
            <code className="break-all font-mono">GET {origin}/api/v1/ping</code> {t("test4")}
          </p>
        </Card>
      </div>
    </>
  );
}
