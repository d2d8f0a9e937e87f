import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"

/** Set once this browser has been given Indonesian, so a coordinator's own choice is never overridden. */
const GIVEN = "pasar-desa-admin-language-given"

/**
 * Medusa's admin starts in English in a browser that has chosen no language
 * (it keeps the choice in the `lng` cookie and local storage, and looks at
 * nothing else). OK OCE's coordinators work in Bahasa Indonesia: the first
 * time a browser opens the login page it switches to Indonesian, once; a
 * coordinator who then picks English under Profile → Language keeps it.
 */
const IndonesianByDefault = () => {
  const { i18n } = useTranslation()
  useEffect(() => {
    if (localStorage.getItem(GIVEN)) return
    localStorage.setItem(GIVEN, "id")
    if (i18n.language !== "id") void i18n.changeLanguage("id")
  }, [i18n])
  return null
}

export const config = defineWidgetConfig({ zone: "login.before" })

export default IndonesianByDefault
