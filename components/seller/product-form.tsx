"use client";

import { useTranslations } from "next-intl";
import { createProductAction, updateProductAction } from "@/app/(seller)/seller/products/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ImageInput } from "@/components/ui/image-input";
import { Field, Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction, useRefusalFocus } from "@/components/ui/use-form-action";

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
  const t = useTranslations("seller.product.form");
  const form = useFormAction(productId ? updateProductAction : createProductAction);
  const { state, pending, failed, errors } = form;
  const focusRefused = useRefusalFocus(failed);
  const value = (key: Exclude<keyof ProductFormValues, "openToAffiliates" | "imageUrl">) => form.value(key, initial[key]);
  return (
    <form ref={focusRefused} action={form.action} className="space-y-6" noValidate>
      {productId ? <input type="hidden" name="productId" value={productId} /> : null}
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <section className="space-y-4">
        <Field id="title" label={t("title")} error={errors.title}>
          <Input id="title" name="title" defaultValue={value("title")} invalid={!!errors.title} />
        </Field>
        <Field id="description" label={t("description")} error={errors.description}>
          <Textarea id="description" name="description" rows={4} defaultValue={value("description")} invalid={!!errors.description} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="category" label={t("category")} error={errors.category}>
            <Input id="category" name="category" list="categories" defaultValue={value("category")} invalid={!!errors.category} />
          </Field>
          <datalist id="categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field id="sku" label={t("sku")} error={errors.sku}>
            <Input id="sku" name="sku" defaultValue={value("sku")} invalid={!!errors.sku} />
          </Field>
          <Field id="price" label={t("price", { currency })} error={errors.price}>
            <Input id="price" name="price" inputMode="decimal" defaultValue={value("price")} invalid={!!errors.price} />
          </Field>
          <Field id="stock" label={t("stock")} error={errors.stock}>
            <Input id="stock" name="stock" inputMode="numeric" defaultValue={value("stock")} invalid={!!errors.stock} />
          </Field>
        </div>
        <Field id="image" label={t("image")} error={errors.image}>
          <ImageInput key={form.answer} id="image" name="image" currentUrl={initial.imageUrl} invalid={!!errors.image} />
        </Field>
        <Field
          id="externalUrl"
          label={t("externalUrl")}
          error={errors.externalUrl}
          hint={domains.length ? t("externalUrlHint", { domains: domains.join(", ") }) : t("externalUrlNoDomains")}
        >
          <Input id="externalUrl" name="externalUrl" type="url" placeholder="https://" defaultValue={value("externalUrl")} invalid={!!errors.externalUrl} />
        </Field>
      </section>
      <section className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <h2 className="font-semibold">{t("openPlan")}</h2>
        <label className="flex min-h-11 items-center gap-2 text-sm sm:min-h-0">
          <input type="checkbox" name="openToAffiliates" defaultChecked={form.checked("openToAffiliates", initial.openToAffiliates)} className="size-4 accent-brand-600" />
          {t("openToAll")}
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="openRate" label={t("rate")} error={errors.openRate} hint={t("rateHint")}>
            <Input id="openRate" name="openRate" inputMode="decimal" defaultValue={value("openRate")} invalid={!!errors.openRate} />
          </Field>
          <Field id="openFlatFee" label={t("flatFee", { currency })} error={errors.openFlatFee} hint={t("flatFeeHint")}>
            <Input id="openFlatFee" name="openFlatFee" inputMode="decimal" defaultValue={value("openFlatFee")} invalid={!!errors.openFlatFee} />
          </Field>
        </div>
      </section>
      <Button type="submit" disabled={pending} className="max-sm:min-h-11 max-sm:w-full">
        {pending ? t("saving") : productId ? t("save") : t("create")}
      </Button>
    </form>
  );
}
