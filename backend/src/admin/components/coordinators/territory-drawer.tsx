import { Button, Checkbox, Drawer, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { useKecamatanList } from "../../lib/curation-api"
import { type Coordinator, type CoordinatorRole, useSetTerritory } from "../../lib/coordinator-api"
import { ErrorAlert } from "../curation/error-alert"

/**
 * A head coordinator's change of one coordinator's role and kecamatan. A head works everywhere, so the
 * kecamatan are asked for only for a kecamatan coordinator, who needs at least one.
 */
export const TerritoryDrawer = ({ coordinator }: { coordinator: Coordinator }) => {
  const { t } = useTranslation(NS)
  const [open, setOpen] = useState(false)
  const [role, setRole] = useState<CoordinatorRole>(coordinator.role)
  const [chosen, setChosen] = useState<string[]>([])
  const kecamatan = useKecamatanList()
  const mutation = useSetTerritory(coordinator.id)

  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)))
  const save = () =>
    mutation.mutate(
      { role, kecamatan_ids: role === "head" ? [] : chosen },
      {
        onSuccess: () => {
          toast.success(t("coordinators.saved", { name: coordinator.name }))
          setOpen(false)
        },
      }
    )

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setRole(coordinator.role)
          setChosen(coordinator.kecamatan.map((row) => row.id))
          mutation.reset()
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("coordinators.changeRole")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("coordinators.roleAndTerritoryOf", { name: coordinator.name })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <RadioGroup value={role} onValueChange={(value) => setRole(value as CoordinatorRole)}>
            <div className="flex items-center gap-x-2">
              <RadioGroup.Item value="head" id="role-head" />
              <Label htmlFor="role-head">{t("coordinators.headRole")}</Label>
            </div>
            <div className="flex items-center gap-x-2">
              <RadioGroup.Item value="kecamatan" id="role-kecamatan" />
              <Label htmlFor="role-kecamatan">{t("coordinators.kecamatanRole")}</Label>
            </div>
          </RadioGroup>
          {role === "kecamatan" ? (
            <fieldset className="flex flex-col gap-y-2">
              <legend>
                <Text size="small" weight="plus">
                  {t("coordinators.theirKecamatan")}
                </Text>
              </legend>
              {(kecamatan.data?.kecamatan ?? []).map((row) => (
                <div key={row.id} className="flex items-center gap-x-2">
                  <Checkbox id={`kecamatan-${row.id}`} checked={chosen.includes(row.id)} onCheckedChange={(on) => toggle(row.id, on === true)} />
                  <Label htmlFor={`kecamatan-${row.id}`}>{row.name}</Label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <ErrorAlert error={mutation.error} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={mutation.isPending} onClick={save}>
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
