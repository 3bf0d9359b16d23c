"""Write html/ and gold/ for all 40 pages."""
import common, pages_gov, pages_media, pages_self, pages_paper, pages_inst
ALL = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_paper.PAGES + pages_inst.PAGES
if __name__ == "__main__":
    assert len(ALL) == 40 and len({p["id"] for p in ALL}) == 40
    for p in ALL:
        common.write(p, p["layout"](p))
    print("wrote", len(ALL))
