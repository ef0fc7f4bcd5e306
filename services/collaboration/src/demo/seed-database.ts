export async function seedDemoData(_url: string) { return { inserted: 0 }; }
