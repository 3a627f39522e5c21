import { croston, sba } from "./croston";
import { ets } from "./ets";
import { naive } from "./naive";
import { seasonalNaive } from "./seasonal-naive";
import { theta } from "./theta";

export { croston, sba, ets, naive, seasonalNaive, theta };

/** Every single method, in the order ties are broken (simpler first). */
export const METHODS = [naive, seasonalNaive, ets, theta, croston, sba] as const;
