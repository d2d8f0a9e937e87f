import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { useInviteProducer } from "../../lib/producer-api"
import type { Producer } from "../../lib/types"
import { ErrorAlert } from "../curation/error-alert"
import { whatsappLink } from "../../lib/whatsapp-link"

/**
 * Invites a producer's owner: the coordinator types the owner's email and gets the link to send, by WhatsApp
 * to the number the producer gave or copied into any chat. The link is valid for seven days.
 */
export const InviteDrawer = ({ producer }: { producer: Producer }) => {
  const { t } = useTranslation(NS)
  const [open, setOpen] = useState(false)
  const [email, setEmail] = useState("")
  const mutation = useInviteProducer(producer.id)
  const invite = mutation.data?.invite

  // Written for the producer's owner, who reads Indonesian whatever language the coordinator's admin is in.
  const message = invite
    ? `Halo ${producer.owner_name}, ${producer.business_name} diundang bergabung di Pasar Desa OK OCE. Buka tautan ini untuk membuat kata sandi panel produsen (berlaku 7 hari): ${invite.url}`
    : ""

  const copy = async () => {
    await navigator.clipboard?.writeText(invite!.url)
    toast.success(t("invite.copied"))
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setEmail("")
          mutation.reset()
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("invite.open")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("invite.title", { name: producer.business_name })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <form
            className="flex flex-col gap-y-2"
            onSubmit={(event) => {
              event.preventDefault()
              mutation.mutate({ email: email.trim() })
            }}
          >
            <Label htmlFor="invite-email" size="small" weight="plus">
              {t("invite.email")}
            </Label>
            <Input id="invite-email" type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
            <Text size="small" className="text-ui-fg-subtle">
              {t("invite.emailHint")}
            </Text>
            <div>
              <Button size="small" type="submit" isLoading={mutation.isPending}>
                {t("invite.create")}
              </Button>
            </div>
          </form>
          <ErrorAlert error={mutation.error} />
          {invite ? (
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="invite-link" size="small" weight="plus">
                {t("invite.link")}
              </Label>
              <Input id="invite-link" readOnly value={invite.url} onFocus={(event) => event.target.select()} />
              <Text size="small" className="text-ui-fg-subtle">
                {t("invite.validUntil", { day: new Date(invite.expires_at).toLocaleDateString("id-ID", { dateStyle: "long" }) })}
              </Text>
              <div className="flex flex-wrap gap-2">
                <Button size="small" variant="secondary" onClick={copy}>
                  {t("invite.copy")}
                </Button>
                <Button size="small" variant="secondary" asChild>
                  <a href={whatsappLink(producer.whatsapp, message)} target="_blank" rel="noreferrer">
                    {t("invite.sendWhatsApp")}
                  </a>
                </Button>
              </div>
            </div>
          ) : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
