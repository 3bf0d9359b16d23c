from lib import *

PAGE = dict(
    id="xv-21", kind="media", lang="en",
    title="Shanghai to add 3,000 EV charging points in older neighborhoods this year",
    authors=["Zhang Wei", "Li Na"], publish_time="2025-04-30 18:42",
    doc_title="Shanghai to add 3,000 EV charging points in older neighborhoods this year - Pujiang Daily",
    css=EN,
)
CSS = """
.today{font-family:Arial,sans-serif;font-size:12px;color:#777}
.info span{margin-right:12px}
.tags a{font-family:Arial,sans-serif;font-size:12px;background:#eef;padding:2px 8px;margin-right:6px}
"""
FMT = {"h": "<h3>{}</h3>", "img_cap": '<figure class="pic"><img src="' + GIF + '" alt="{alt}" width="700" height="400"><figcaption class="cap">{cap}</figcaption></figure>'}

BODY = """
p SHANGHAI, April 30 -- Shanghai will install about 3,000 public charging points for electric vehicles in older residential neighborhoods this year, the city's housing authority said on Wednesday, as residents of pre-2000 compounds struggle to find places to charge.
p Many of the city's older compounds were built without underground garages, and residents who park on narrow internal roads often have no access to a private charger. Some have resorted to running extension cords from upstairs windows, a practice the fire department has repeatedly warned against.
img Charging points | Residents test a new shared charging point in a compound in Yangpu District on Tuesday. Ti Gong
h Shared chargers, fixed hours
p Under the plan, district governments will work with property managers and grid companies to identify spare land at the edges of compounds, including former bicycle sheds and unused green strips. Chargers will be shared among residents and booked through a city app, with off-peak prices applied between 10pm and 8am.
p "We are not asking every compound to solve the problem alone," an official with the Shanghai Housing and Urban-Rural Development Management Commission said. "The district, the grid company and the neighborhood committee will sit down together for each site."
h Pilot results
p A pilot in 42 compounds in Yangpu, Hongkou and Putuo districts last year added 610 charging points. According to the commission, complaints about illegal charging in those compounds fell by more than 60 percent within six months.
p Resident Wang Lihua, 58, who lives in a 1980s compound in Hongkou, said she used to drive 2 kilometers to a shopping mall to charge her car. "Now it's a five-minute walk, and I can book a slot the night before," she said.
p The city had more than 1.2 million registered new energy vehicles at the end of 2024, the highest of any Chinese city.
"""


def page(body):
    return f"""
<div class="w">
<div class="mast">{img("Pujiang Daily", 220, 50)}<div class="today">Thursday, June 12, 2025</div>{search("Search", "Go")}</div>
<div class="sections"><a href="#">Home</a><a href="#">Metro</a><a href="#">Business</a><a href="#">Nation</a><a href="#">World</a><a href="#">Culture</a><a href="#">Sports</a><a href="#">Opinion</a></div>
</div>
<div class="story">
<div class="kicker">Metro</div>
<h1>Shanghai to add 3,000 EV charging points in older neighborhoods this year</h1>
<p class="dek">Shared chargers will be built at the edges of compounds built before 2000.</p>
<div class="info"><span>By Zhang Wei and Li Na</span>|<span>Updated: 2025-04-30 18:42</span><span>Source: Pujiang Daily</span></div>
{body}
<p class="tags"><a href="#">electric vehicles</a><a href="#">housing</a><a href="#">Yangpu</a></p>
<p class="ed">Editor: Chen Jie</p>
<h4>Related stories</h4>
{dated_list([("Shanghai's EV registrations pass 1.2 million","2025-02-11"),("Old compounds get elevators under renewal drive","2025-04-16")])}
</div>
<div class="foot"><p>About Us | Contact Us | Terms of Use | Privacy</p><p>Copyright © 2025 Pujiang Daily. All rights reserved.</p><p>沪ICP备05050403号-2</p></div>
"""
