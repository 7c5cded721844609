/** Where an uploaded image is served (app/media/[id]); null when there is none. */
export function mediaUrl(id: string | null | undefined): string | null {
  return id ? `/media/${id}` : null;
}
