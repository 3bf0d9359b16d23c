import gen_base, gen_gov, gen_news, gen_self, gen_inst, json
P = gen_base.PAGES
ids = [p['id'] for p in P]
assert ids == [f'zw-{i:02d}' for i in range(1, 41)], ids
gen_base.write_all('.')
json.dump([{k: p[k] for k in ('id', 'kind', 'note')} for p in P], open('pages.json', 'w'), ensure_ascii=False, indent=1)
print(len(P))
