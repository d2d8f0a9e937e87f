/** The backend's text limits, so each panel field's `maxlength` is what the producer API accepts. */
export { TEXT_LIMITS } from "../../../../backend/src/lib/input-limits"
