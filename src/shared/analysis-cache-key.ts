/** Where the popup keeps a tab's analysis in storage.session; the background drops it when the tab's page changes article. */
export const analysisKey = (tabId: number): string => `analysis:${tabId}`;
