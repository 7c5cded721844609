"use client";

import { createProductAction, updateProductAction } from "@/app/(seller)/seller/products/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ImageInput } from "@/components/ui/image-input";
import { Field, Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";

export type ProductFormValues = {
  title: string;
  description: string;
  category: string;
  sku: string;
  price: string;
  stock: string;
  externalUrl: string;
  openToAffiliates: boolean;
  openRate: string;
  openFlatFee: string;
  imageUrl: string | null;
};

/** Create or edit a product; on error every field keeps what the seller typed. */
export function ProductForm({ productId, initial, currency, categories, domains }: { productId?: string; initial: ProductFormValues; currency: string; categories: string[]; domains: string[] }) {
  const form = useFormAction(productId ? updateProductAction : createProductAction);
  const { state, pending, failed, errors } = form;
  const value = (key: Exclude<keyof ProductFormValues, "openToAffiliates" | "imageUrl">) => form.value(key, initial[key]);
  return (
    <form action={form.action} className="space-y-6" noValidate>
      {productId ? <input type="hidden" name="productId" value={productId} /> : null}
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">Product saved.</Alert> : null}
      <section className="space-y-4">
        <Field id="title" label="Title" error={errors.title}>
          <Input id="title" name="title" defaultValue={value("title")} invalid={!!errors.title} />
        </Field>
        <Field id="description" label="Description" error={errors.description}>
          <Textarea id="description" name="description" rows={4} defaultValue={value("description")} invalid={!!errors.description} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="category" label="Category" error={errors.category}>
            <Input id="category" name="category" list="categories" defaultValue={value("category")} invalid={!!errors.category} />
          </Field>
          <datalist id="categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field id="sku" label="SKU" error={errors.sku}>
            <Input id="sku" name="sku" defaultValue={value("sku")} invalid={!!errors.sku} />
          </Field>
          <Field id="price" label={`Price (${currency})`} error={errors.price}>
            <Input id="price" name="price" inputMode="decimal" defaultValue={value("price")} invalid={!!errors.price} />
          </Field>
          <Field id="stock" label="Stock" error={errors.stock}>
            <Input id="stock" name="stock" inputMode="numeric" defaultValue={value("stock")} invalid={!!errors.stock} />
          </Field>
        </div>
        <Field id="image" label="Image" error={errors.image}>
          <ImageInput key={form.answer} id="image" name="image" currentUrl={initial.imageUrl} invalid={!!errors.image} />
        </Field>
        <Field
          id="externalUrl"
          label="Sold on your own site? Product address (optional)"
          error={errors.externalUrl}
          hint={domains.length ? `https on ${domains.join(", ")}. Buyers following a creator's link land there.` : "Add your web domains in the shop profile and verify them to link products on your own site."}
        >
          <Input id="externalUrl" name="externalUrl" type="url" placeholder="https://" defaultValue={value("externalUrl")} invalid={!!errors.externalUrl} />
        </Field>
      </section>
      <section className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <h2 className="font-semibold">Open plan</h2>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="openToAffiliates" defaultChecked={form.checked("openToAffiliates", initial.openToAffiliates)} className="size-4 accent-brand-600" />
          Open to every creator
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="openRate" label="Commission rate (%)" error={errors.openRate} hint="1% to 80%, up to two decimals. Leave empty to pay only a flat fee.">
            <Input id="openRate" name="openRate" inputMode="decimal" defaultValue={value("openRate")} invalid={!!errors.openRate} />
          </Field>
          <Field id="openFlatFee" label={`Flat fee per sale (${currency}, optional)`} error={errors.openFlatFee} hint="Paid per converting order line, on top of the rate.">
            <Input id="openFlatFee" name="openFlatFee" inputMode="decimal" defaultValue={value("openFlatFee")} invalid={!!errors.openFlatFee} />
          </Field>
        </div>
      </section>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : productId ? "Save product" : "Create product"}
      </Button>
    </form>
  );
}
