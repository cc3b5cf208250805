// Active proxies over time. Filled in when the API has a history of pool counts.
export function ActiveChart() {
  return null;
}
