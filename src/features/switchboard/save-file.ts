/** Hands a text to the browser as a file download (no server round trip: the app has none). */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  // The download has taken the blob by the time the click returns; the URL is not needed.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
