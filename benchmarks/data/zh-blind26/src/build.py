import engine, pages_gov, pages_news, pages_self, pages_ep, pages_inst, json, os
ALL = pages_gov.P + pages_news.P + pages_self.P + pages_ep.P + pages_inst.P
assert len(ALL) == 40 and len({p['id'] for p in ALL}) == 40
for p in ALL:
    engine.page(p)
json.dump({p['id']: p['kind'] for p in ALL}, open(os.path.join(engine.OUT, 'kinds.json'), 'w'), ensure_ascii=False, indent=1)
print('built', len(ALL))
