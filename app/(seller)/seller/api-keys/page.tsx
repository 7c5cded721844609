import type { Metadata } from "next";
import { headers } from "next/headers";
import { listShopApiKeys } from "@/db/queries/api-keys";
import { CreateKeyForm } from "@/components/api-keys/create-key-form";
import { RevokeKeyButton } from "@/components/api-keys/revoke-key-button";
import { Badge } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { publicOrigin } from "@/lib/sharing/short-link";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const { db, shop } = await pageActor("seller");
  const keys = await listShopApiKeys(db, shop.id);
  const origin = publicOrigin(await headers());
  return (
    <>
      <PageHeader title="API keys" description="Keys for the conversion API: your own checkout's server reports orders to Linkshare with them." />
      <div className="space-y-8">
        <CreateKeyForm />
        <section>
          <h2 className="mb-3 text-lg font-semibold">Your keys</h2>
          {keys.length === 0 ? (
            <EmptyState title="No API keys yet">Create one above for each system that will report orders.</EmptyState>
          ) : (
            <Table head={["Name", "Key", "Created", "Last used", "Status", ""]}>
              {keys.map((key) => (
                <tr key={key.id}>
                  <Td>
                    <span className="font-medium text-slate-900">{key.name}</span>
                  </Td>
                  <Td className="font-mono text-slate-600">{key.prefix}…</Td>
                  <Td className="text-slate-600">{formatUtcDateTime(key.createdAt)}</Td>
                  <Td className="text-slate-600">{key.lastUsedAt ? formatUtcDateTime(key.lastUsedAt) : "Never"}</Td>
                  <Td>{key.revokedAt ? <Badge tone="red">revoked</Badge> : <Badge tone="green">active</Badge>}</Td>
                  <Td>
                    {key.revokedAt ? (
                      <span className="text-xs text-slate-500">Revoked {formatUtcDateTime(key.revokedAt)}</span>
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
          <h2 className="font-semibold">Test your integration</h2>
          <p className="mt-1 text-sm text-slate-600">
            Every request carries the key as <code className="font-mono">Authorization: Bearer &lt;api key&gt;</code> and a signature{" "}
            <code className="font-mono">X-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;raw body&gt;&quot;&gt;</code> made with
            the signing secret, GET requests included (over the empty body). Requests more than 5 minutes old are refused. A signed{" "}
            <code className="font-mono">GET {origin}/api/v1/ping</code> answers with your shop when everything is right.
          </p>
        </Card>
      </div>
    </>
  );
}
