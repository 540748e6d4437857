import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * The video call of an online table is opened from a hundred phones with one tap, so only a
 * plain `https:` address of some meeting tool passes: no `javascript:`, `data:` or `http:`
 * (a link that runs script or leaks the call's code on the venue's Wi-Fi), no spaces or control
 * characters (a pasted sentence, not a link), and no `user@` part, which can make a link look
 * like it goes to the meeting tool while it goes somewhere else.
 */
export function isVideoUrl(text: string): boolean {
  if (/[\s\p{Cc}]/u.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

export const VIDEO_URL_MESSAGE = 'a video link must be an https:// address without spaces';

/** Spaces around a pasted link are not part of it and go; a space inside it is refused. */
export const VideoUrl = z.string().trim().max(LIMITS.url).refine(isVideoUrl, VIDEO_URL_MESSAGE);
