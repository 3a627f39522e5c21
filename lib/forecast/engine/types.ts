/** The engine's single methods, by the name written in outputs. */
export type MethodName = "naive" | "seasonal_naive" | "ets" | "theta" | "croston" | "sba";

/** Point forecasts for h = 1…horizon, with the method as it should be reported ("ets(A,Ad,M)"). */
export type PointForecast = { values: number[]; label: string };

/**
 * One forecasting method: a total function of a history of at least one non-negative
 * value. A method that needs more history than it is given falls back to a simpler form
 * (seasonal naive to naive, seasonal smoothing to non-seasonal), so a rolling-origin
 * backtest can ask every method at every origin.
 */
export type Method = {
  name: MethodName;
  forecast(history: readonly number[], horizon: number): PointForecast;
};
