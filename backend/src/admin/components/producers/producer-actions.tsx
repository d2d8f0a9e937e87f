import { Button, Drawer, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { useUpdateProducer } from "../../lib/producer-api"
import type { Producer } from "../../lib/types"
import { ErrorAlert } from "../curation/error-alert"
import { ReasonPrompt } from "../curation/reason-prompt"
import { HistoryDrawer } from "../history-drawer"
import { InviteDrawer } from "./invite-drawer"
import { LicenceForm } from "./licence-form"
import { ProductImportDrawer } from "./product-import-drawer"

/**
 * Activate, suspend (with a reason the producer will see) and edit licences.
 * Activating sends only the status, as the contract defines status_reason as
 * a string; the old reason is simply not shown once a producer is active.
 */
export const ProducerActions = ({ producer }: { producer: Producer }) => {
  const { t } = useTranslation(NS)
  const mutation = useUpdateProducer(producer.id)
  const [suspending, setSuspending] = useState(false)
  const [editing, setEditing] = useState(false)

  const activate = () =>
    mutation.mutate({ status: "active", status_reason: null }, { onSuccess: () => toast.success(t("producers.activated", { name: producer.business_name })) })

  const suspend = (reason: string) =>
    mutation.mutate(
      { status: "suspended", status_reason: reason },
      {
        onSuccess: () => {
          toast.success(t("producers.suspended", { name: producer.business_name }))
          setSuspending(false)
        },
      }
    )

  return (
    <div className="flex flex-col items-end gap-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        {producer.status !== "active" ? (
          <Button size="small" isLoading={mutation.isPending && !suspending} disabled={mutation.isPending} onClick={activate}>
            {t("producers.activate")}
          </Button>
        ) : null}
        {producer.status !== "suspended" ? (
          <Button
            size="small"
            variant="danger"
            disabled={mutation.isPending}
            onClick={() => {
              mutation.reset()
              setSuspending(true)
            }}
          >
            {t("producers.suspend")}
          </Button>
        ) : null}
        <InviteDrawer producer={producer} />
        <ProductImportDrawer producer={producer} />
        <HistoryDrawer title={producer.business_name} path={`/admin/producers/${producer.id}/history`} />
        <Drawer open={editing} onOpenChange={setEditing}>
          <Drawer.Trigger asChild>
            <Button size="small" variant="secondary">
              {t("producers.editLicences")}
            </Button>
          </Drawer.Trigger>
          <Drawer.Content>
            <Drawer.Header>
              <Drawer.Title>{t("producers.licencesOf", { name: producer.business_name })}</Drawer.Title>
            </Drawer.Header>
            {/* Mounted only while open so the form starts from the latest saved licences. */}
            {editing ? <LicenceForm producer={producer} onDone={() => setEditing(false)} /> : null}
          </Drawer.Content>
        </Drawer>
      </div>
      {!suspending ? <ErrorAlert error={mutation.error} /> : null}
      {suspending ? (
        <ReasonPrompt
          open
          title={t("producers.suspendTitle", { name: producer.business_name })}
          description={t("producers.suspendDescription")}
          confirmLabel={t("producers.suspend")}
          isPending={mutation.isPending}
          error={mutation.error}
          onConfirm={suspend}
          onClose={() => {
            setSuspending(false)
            mutation.reset()
          }}
        />
      ) : null}
    </div>
  )
}
