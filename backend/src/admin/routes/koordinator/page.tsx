import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ErrorAlert } from "../../components/curation/error-alert"
import { TerritoryDrawer } from "../../components/coordinators/territory-drawer"
import { HistoryDrawer } from "../../components/history-drawer"
import { NS } from "../../i18n/namespace"
import { useCoordinators } from "../../lib/coordinator-api"
import { useCoordinatorRole } from "../../lib/money-api"

/**
 * Who coordinates where: every admin account with its role and kecamatan. The head coordinator changes them
 * here; a new coordinator is invited through Medusa's own Settings → Users, then given a kecamatan here.
 */
const CoordinatorsPage = () => {
  const { t } = useTranslation(NS)
  const { data, error, isLoading } = useCoordinators()
  const me = useCoordinatorRole()
  const isHead = me.data?.coordinator.role === "head"

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("coordinators.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {isHead ? t("coordinators.descriptionHead") : t("coordinators.descriptionOthers")}
        </Text>
      </div>
      {error ? (
        <div className="px-6 py-4">
          <ErrorAlert error={error} />
        </div>
      ) : null}
      {isLoading ? <Text className="text-ui-fg-subtle px-6 py-4">{t("coordinators.loading")}</Text> : null}
      {data ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("coordinators.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coordinators.role")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coordinators.territory")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("common.action")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.coordinators.map((coordinator) => (
              <Table.Row key={coordinator.id} className="[&_td]:py-3 [&_td]:align-top">
                <Table.Cell>
                  <Text size="small" weight="plus">
                    {coordinator.name}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {coordinator.email}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={coordinator.role === "head" ? "purple" : "grey"}>
                    {coordinator.role === "head" ? t("coordinators.head") : t("coordinators.kecamatan")}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {coordinator.role === "head"
                    ? t("coordinators.everyKecamatan")
                    : coordinator.kecamatan.length
                      ? coordinator.kecamatan.map((row) => row.name).join(", ")
                      : t("coordinators.noTerritory")}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-2">
                    <HistoryDrawer title={coordinator.name} path={`/admin/coordinators/${coordinator.id}/history`} />
                    {isHead ? <TerritoryDrawer coordinator={coordinator} /> : null}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.coordinators",
  translationNs: "pasarDesa",
  icon: Users,
})

export default CoordinatorsPage
