import { useCallback, useEffect, useRef } from "react";
import { useLocation, useSearch } from "wouter";
import type { Place } from "../../../place/types.ts";
import { usePlace } from "../../../place/usePlace.ts";
import { addressNamesPlace, placeFromAddress } from "../place/placeInAddress.ts";
import { type FindParams, findPath, parseFindParams } from "../results/findParams.ts";

/**
 * What the find page searches for and from where, kept in its address so that a reload or a shared link finds the
 * same: a place in the address wins and becomes the remembered one; a remembered place is written into the address.
 * @example const { params, place, search, choosePlace, setParams } = useFindSearch()
 */
export function useFindSearch() {
  const query = useSearch();
  const [, navigate] = useLocation();
  const params = parseFindParams(query);
  const [savedPlace, savePlace] = usePlace();
  const isAddressOfSaved = addressNamesPlace(query, savedPlace);
  const addressPlace = isAddressOfSaved ? undefined : placeFromAddress(query);
  const place = addressPlace ?? savedPlace;
  // What the next navigation starts from: the form chooses a place, then searches, in one event.
  const latest = useRef({ params, place });
  latest.current = { params, place };

  useEffect(() => {
    if (addressNamesPlace(query, savedPlace)) return;
    const fromAddress = placeFromAddress(query);
    if (fromAddress !== undefined) savePlace(fromAddress);
    else if (savedPlace !== undefined) navigate(findPath(parseFindParams(query), savedPlace), { replace: true });
  }, [query, savedPlace, savePlace, navigate]);

  const choosePlace = useCallback(
    (next: Place | undefined) => {
      latest.current = { ...latest.current, place: next };
      savePlace(next);
      navigate(findPath(latest.current.params, next), { replace: true });
    },
    [savePlace, navigate],
  );
  const search = useCallback(
    (need: string) => navigate(findPath({ ...latest.current.params, need }, latest.current.place)),
    [navigate],
  );
  const setParams = useCallback(
    (next: FindParams) => navigate(findPath(next, latest.current.place), { replace: true }),
    [navigate],
  );
  return { params, place, search, choosePlace, setParams };
}
