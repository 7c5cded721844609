import "server-only";

export {
  ClockShiftDisabledError,
  clockOffsetMs,
  clockStatus,
  isClockShiftEnabled,
  now,
  resetClock,
  setClockOffset,
  travelTo,
  type ClockStatus,
} from "./clock";
export { parseClockOffset } from "./offset";
export { WEEKDAYS, addDays, addHours, daysBetween, daysStartOnWholeHours, nextWeekday, startOfDayIn, zonedDay, type Weekday } from "./dates";
