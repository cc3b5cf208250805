export const accountRoutes = [] as never[];
