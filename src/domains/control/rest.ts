export const healthRoutes = [] as never[];
