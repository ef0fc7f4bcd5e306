/** What the dashboard's server tells the page: where the gateway and the OpenID provider are. */
export interface DashboardConfig {
  gatewayUrl: string;
  oidc: { authority: string; clientId: string; resource: string };
}

export async function loadConfig(): Promise<DashboardConfig> {
  const response = await fetch('./config.json');
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as DashboardConfig;
}
